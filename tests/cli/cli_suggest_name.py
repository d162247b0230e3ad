def greet(person):
    message = "hi " + person
    return mesage
greet("x")
