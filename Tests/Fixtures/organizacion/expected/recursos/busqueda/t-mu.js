window.LIBRO_BUSQUEDA.recibir("t-mu",{"muestran":[1,[36,1,54,1]],"mujer":[5,[35,1,48,2,5,1,25,1,1,1,4,2,7,1,19,1,1,1,1,1]]});
