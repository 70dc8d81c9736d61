window.LIBRO_BUSQUEDA.recibir("t-ri",{"rieg":[2,[4,1,4,1,1,2,1,11,1,10]],"riegal":[1,[3,1,3,1]],"riego2":[1,[4,1,4,1]]});
