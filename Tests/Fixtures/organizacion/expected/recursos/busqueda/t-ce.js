window.LIBRO_BUSQUEDA.recibir("t-ce",{"centr":[1,[36,1,54,1]],"cerrar":[2,[15,1,17,11,23,1,49,2]],"certificad":[1,[38,1,62,1]]});
