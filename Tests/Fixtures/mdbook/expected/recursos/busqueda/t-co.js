window.LIBRO_BUSQUEDA.recibir("t-co",{"compost":[1,[3,1,3,2]],"compostaj":[1,[7,1,8,1]],"cort":[1,[0,1,0,1]]});
