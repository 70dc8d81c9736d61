window.LIBRO_BUSQUEDA.recibir("t-ha",{"habit":[1,[4,1,5,1]],"habl":[1,[3,1,4,1]]});
