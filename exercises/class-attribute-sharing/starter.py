class Team:
    members = []
    size = 0

    def join(self, name):
        self.members.append(name)
        self.size += 1


red = Team()
blue = Team()
red.join("ann")
blue.join("bob")
print(red.members, blue.members)
print(red.size, blue.size, Team.size)

Team.size = 10
green = Team()
print(red.size, green.size)

blue.members = ["cy"]
blue.join("di")
print(Team.members, blue.members)
del blue.members
print(blue.members, sorted(vars(blue)))
