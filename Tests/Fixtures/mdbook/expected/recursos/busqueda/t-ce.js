window.LIBRO_BUSQUEDA.recibir("t-ce",{"centimetr":[1,[5,1,6,1]]});
